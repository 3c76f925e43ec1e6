import { describe, expect, it } from 'vitest';
import { type BoardPageState, PAGE_STATE_ID, readPageState, serializePageState } from './page-state.js';

const state: BoardPageState = {
  search: '?commune=yen-binh',
  communes: {
    communes: [{ slug: 'yen-binh', name: 'Xã </script><b>Yên Bình & co', years: [2026] }],
    today: '2026-12-04',
  },
  board: null,
};

/** A document holding the state as the server writes it, read back as the browser would. */
function documentWith(text: string): Document {
  return {
    getElementById: (id: string) => (id === PAGE_STATE_ID ? { textContent: text } : null),
  } as unknown as Document;
}

describe('the page state the server writes into the board page', () => {
  it('can hold no markup: <, > and & (and the JavaScript line separators) are \\u escapes', () => {
    const text = serializePageState({ ...state, search: '?commune=\u2028x' });
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)).toEqual({ ...state, search: '?commune=\u2028x' });
  });

  it('is taken for the address it was rendered for, however its parameters are written', () => {
    const doc = documentWith(serializePageState(state));
    expect(readPageState(doc, '?commune=yen-binh')).toEqual(state);
    expect(readPageState(doc, '?utm_source=zalo&commune=yen-binh')).toEqual(state);
  });

  it('is ignored for another address, when missing, or when it is not JSON', () => {
    expect(readPageState(documentWith(serializePageState(state)), '?commune=an-phu')).toBeUndefined();
    expect(readPageState(documentWith(''), '?commune=yen-binh')).toBeUndefined();
    expect(readPageState(documentWith('{ not json'), '?commune=yen-binh')).toBeUndefined();
  });
});
