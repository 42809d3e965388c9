import { useTranslation } from 'react-i18next';
import type { LocalText as LocalTextValue } from '../data/localize';
import './local-text.css';

/**
 * A text from the data in the reader's language. When it is missing there and another language
 * stands in, the stand-in carries its `lang` (so screen readers switch voice) and a visible note
 * in the reader's language says which language it is, e.g. "(англійською)".
 */
export function LocalText({ value }: { value: LocalTextValue }) {
  const { t } = useTranslation();
  if (!value.fallback) return <>{value.text}</>;
  const note = value.lang === 'en' || value.lang === 'de' ? t(`contentFallback.${value.lang}`) : undefined;
  return (
    <>
      <span lang={value.lang}>{value.text}</span>
      {note && <span className="fallback-note"> {note}</span>}
    </>
  );
}
