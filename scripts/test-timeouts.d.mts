export declare const TEST_TIMEOUT_MS: number;
