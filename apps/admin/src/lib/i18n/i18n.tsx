import type { Lang } from '@ketnap/domain';
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { type Messages, messages } from './messages.js';

const STORAGE_KEY = 'ketnap.lang';

/** The saved choice, Vietnamese unless the reader picked English before (or storage is unavailable). */
function savedLang(): Lang {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

interface I18n {
  lang: Lang;
  m: Messages;
  setLang: (lang: Lang) => void;
}

const I18nContext = createContext<I18n | null>(null);

/** Holds the interface language, keeps it across visits and tells assistive tech which language the page is in. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(savedLang);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = messages[lang].appTitle;
    try {
      window.localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // Private browsing may refuse storage: the choice then lasts for this visit only.
    }
  }, [lang]);

  return <I18nContext value={{ lang, m: messages[lang], setLang }}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n needs an <I18nProvider> above it');
  return i18n;
}

/**
 * A feature's own strings in the reader's language. Each feature keeps its `{ vi, en }` table beside its screens,
 * so a lazily loaded screen brings its words with it and features never edit one shared file.
 */
export function useMessages<M>(table: Record<Lang, M>): M {
  return table[useI18n().lang];
}
