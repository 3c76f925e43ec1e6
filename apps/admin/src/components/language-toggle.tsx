import type { Lang } from '@ketnap/domain';
import { useI18n } from '../lib/i18n/i18n.js';

const CHOICES: { lang: Lang; label: string; name: string }[] = [
  { lang: 'vi', label: 'VI', name: 'Tiếng Việt' },
  { lang: 'en', label: 'EN', name: 'English' },
];

/** VI | EN: two toggle buttons, the pressed one being the current language. */
export function LanguageToggle() {
  const { lang, m, setLang } = useI18n();
  return (
    <fieldset className="language-toggle">
      <legend className="visually-hidden">{m.language}</legend>
      {CHOICES.map((choice) => (
        <button
          key={choice.lang}
          type="button"
          lang={choice.lang}
          aria-pressed={lang === choice.lang}
          aria-label={choice.name}
          onClick={() => setLang(choice.lang)}
        >
          {choice.label}
        </button>
      ))}
    </fieldset>
  );
}
