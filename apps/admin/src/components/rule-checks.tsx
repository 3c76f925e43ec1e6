import type { Check, CheckStatus } from '@ketnap/domain';
import { Badge, Group, List, Text } from '@mantine/core';
import { useI18n, useMessages } from '../lib/i18n/i18n.js';
import { PASS_GREEN } from './colors.js';
import { componentMessages } from './messages.js';

const STATUS_COLOR: Record<CheckStatus, string> = {
  pass: PASS_GREEN,
  fail: 'red.9',
  pending: 'yellow.4',
  'not-applicable': 'gray.2',
};

/**
 * Rule checks as the rules engine answers them: each with its status in words, its rule ID, the message in the
 * reader's language, the step it judges (O-04 and T-02 are judged at the cell vote and again at recognition) and
 * the citation of the regulation it applies.
 */
export function RuleChecks({ checks, label }: { checks: readonly Check[]; label: string }) {
  const { lang } = useI18n();
  const m = useMessages(componentMessages);
  if (checks.length === 0) return <Text c="dimmed">{m.noChecks}</Text>;
  return (
    <List listStyleType="none" spacing="xs" aria-label={label} p={0}>
      {checks.map((check, i) => (
        <List.Item
          // A refusal may name a rule twice at one step (two dates out of order), and the list is only ever
          // replaced whole: the index is part of the key.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          key={`${check.step}-${check.rule}-${i}`}
          data-rule={check.rule}
          data-step={check.step}
          data-status={check.status}
        >
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Badge color={STATUS_COLOR[check.status]} variant="filled" radius="sm" miw={92}>
              {m.checkStatus[check.status]}
            </Badge>
            <div>
              <Text size="sm">
                <Text span fw={700}>
                  {check.rule}
                </Text>{' '}
                {check.message[lang]}
              </Text>
              <Text size="xs" c="dimmed">
                {m.steps[check.step]} · {check.citation}
              </Text>
            </div>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
