import type { Lang } from '@ketnap/domain';
import { Button } from '@mantine/core';
import { useI18n } from '../lib/i18n/i18n.js';

const CHOICES: { lang: Lang; label: string; name: string }[] = [
  { lang: 'vi', label: 'VI', name: 'Tiếng Việt' },
  { lang: 'en', label: 'EN', name: 'English' },
];

/** VI | EN: two toggle buttons, the pressed one being the current language. */
export function LanguageToggle() {
  const { lang, m, setLang } = useI18n();
  return (
    <Button.Group component="fieldset" className="language-toggle" aria-label={m.language}>
      {CHOICES.map((choice) => (
        <Button
          key={choice.lang}
          size="xs"
          variant={lang === choice.lang ? 'filled' : 'default'}
          lang={choice.lang}
          aria-pressed={lang === choice.lang}
          // The visible "VI"/"EN" starts the name, so a person using voice control can say what they see.
          aria-label={`${choice.label} — ${choice.name}`}
          onClick={() => setLang(choice.lang)}
        >
          {choice.label}
        </Button>
      ))}
    </Button.Group>
  );
}
