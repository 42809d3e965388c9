import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../components/modal-dialog';
import type { AccessibilityContact, AccessibilityEnforcement } from '../config/app-config';
import { formatPartialDate } from '../i18n/format';
import './accessibility-statement.css';

/** The day of the self-assessment the statement reports; update it with every new assessment. */
const SELF_ASSESSMENT_DATE = '2026-12-01';

export interface AccessibilityStatementProps {
  title: string;
  contact: AccessibilityContact | undefined;
  enforcement: AccessibilityEnforcement | undefined;
  onClose: () => void;
}

/** The accessibility statement (Erklärung zur Barrierefreiheit): status, known limits, feedback, enforcement. */
export function AccessibilityStatement({
  title,
  contact,
  enforcement,
  onClose,
}: AccessibilityStatementProps) {
  const { t, i18n } = useTranslation();
  return (
    <ModalDialog heading={t('accessibility.heading')} closeLabel={t('accessibility.close')} onClose={onClose}>
      <p>{t('accessibility.scope', { title })}</p>
      <h3>{t('accessibility.statusHeading')}</h3>
      <p>{t('accessibility.status')}</p>
      <p>{t('accessibility.method', { date: formatPartialDate(SELF_ASSESSMENT_DATE, i18n.language) })}</p>
      <h3>{t('accessibility.limitsHeading')}</h3>
      <ul className="statement-list">
        <li>{t('accessibility.limitMap')}</li>
        <li>{t('accessibility.limitSummary')}</li>
        <li>{t('accessibility.limitZoom')}</li>
        <li>{t('accessibility.limitTranslations')}</li>
        <li>{t('accessibility.limitPlainLanguage')}</li>
        <li>{t('accessibility.limitSources')}</li>
      </ul>
      <h3>{t('accessibility.feedbackHeading')}</h3>
      {contact ? (
        <>
          <p>{t('accessibility.feedback')}</p>
          <ContactLines {...contact} />
        </>
      ) : (
        <p>{t('accessibility.noContact')}</p>
      )}
      <h3>{t('accessibility.enforcementHeading')}</h3>
      {enforcement ? (
        <>
          <p>{t('accessibility.enforcement')}</p>
          <address className="statement-address">
            <span>{enforcement.name}</span>
            {enforcement.address?.map((line) => (
              <span key={line}>{line}</span>
            ))}
            <ContactLines email={enforcement.email} url={enforcement.url} />
          </address>
        </>
      ) : (
        <p>{t('accessibility.noEnforcement')}</p>
      )}
    </ModalDialog>
  );
}

function ContactLines({ name, email, url }: { name?: string; email?: string; url?: string }) {
  const { t } = useTranslation();
  return (
    <p className="statement-contact">
      {name && <span>{name}</span>}
      {email && (
        <span>
          {t('accessibility.email')}: <a href={`mailto:${email}`}>{email}</a>
        </span>
      )}
      {url && (
        <span>
          <a href={url} target="_blank" rel="noreferrer">
            {t('accessibility.contactForm')}
          </a>{' '}
          {t('panel.opensNewTab')}
        </span>
      )}
    </p>
  );
}
