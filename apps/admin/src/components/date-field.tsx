import { TextInput, type TextInputProps } from '@mantine/core';
import { useMessages } from '../lib/i18n/i18n.js';
import { componentMessages } from './messages.js';

/**
 * A date typed the Vietnamese way, `dd/MM/yyyy`. The text is kept as typed; the form turns it into a calendar date
 * with `parseDateVi` and its schema says, beside the field, when it is not a real date.
 */
export function DateField(props: Omit<TextInputProps, 'type'>) {
  const m = useMessages(componentMessages);
  return (
    <TextInput
      inputMode="numeric"
      placeholder="dd/mm/yyyy"
      description={m.dateHint}
      autoComplete="off"
      {...props}
    />
  );
}
