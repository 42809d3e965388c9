import type { TFunction } from 'i18next';
import { MAX_DATA_FILE_BYTES } from '../data/decode-data-file';
import { DataLoadError } from '../data/fetch-data-file';

const MB = 1024 * 1024;

/** Why a file did not load, in the reader's language; `timeoutMs` is the limit that file had. */
export function describeLoadFailure(t: TFunction, error: Error, timeoutMs: number): string {
  if (!(error instanceof DataLoadError)) return t('loadFailure.network');
  switch (error.failure) {
    case 'timeout':
      return t('loadFailure.timeout', { seconds: Math.round(timeoutMs / 1000) });
    case 'http':
      return t('loadFailure.http', { status: error.detail ?? 0 });
    case 'html':
      return t('loadFailure.html');
    case 'too-large':
      return t('loadFailure.tooLarge', {
        size: ((error.detail ?? 0) / MB).toFixed(1),
        limit: Math.round(MAX_DATA_FILE_BYTES / MB),
      });
    case 'network':
      return t('loadFailure.network');
  }
}
