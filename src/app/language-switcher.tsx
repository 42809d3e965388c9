import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES } from '../data/localize';
import { updateUrlState } from '../state/use-url-state';
import './language-switcher.css';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <nav className="language-switcher" aria-label={t('language.label')}>
      <ul>
        {UI_LANGUAGES.map((language) => (
          <li key={language}>
            <button
              type="button"
              lang={language}
              aria-pressed={language === i18n.language}
              onClick={() => updateUrlState({ lang: language })}
            >
              {t(`language.${language}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
