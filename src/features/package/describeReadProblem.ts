import type { TFunction } from 'i18next';
import type { ReadProblem } from './readPackage';

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** What is wrong with a package file, in the user's language. */
export function describeReadProblem(problem: ReadProblem, t: TFunction): string {
  switch (problem.code) {
    case 'fileTooLarge':
    case 'tooLarge':
      return t('package.problem.tooLarge', { limit: megabytes(problem.limit) });
    case 'tooManyEntries':
      return t('package.problem.tooManyEntries', { limit: problem.limit });
    case 'newerFormat':
      return t('package.problem.newerFormat', { version: problem.version, supported: problem.supported });
    case 'newerRecords':
      return t('package.problem.newerRecords');
    case 'manifestInvalid':
      return t('package.problem.manifestInvalid', { details: problem.details.join('; ') });
    case 'corrupt':
    case 'manifestNotJson':
      return t(`package.problem.${problem.code}`, { detail: problem.detail });
    case 'badRecord':
      return t('package.problem.badRecord', { table: problem.table, index: problem.index + 1, fields: problem.fields.join(', ') });
    case 'foreignRecord':
      return t('package.problem.foreignRecord', { table: problem.table, index: problem.index + 1 });
    case 'unsafePath':
    case 'duplicateEntry':
    case 'missingFile':
    case 'wrongChecksum':
    case 'unlistedFile':
    case 'listedTwice':
    case 'referenceUnlisted':
    case 'recordsMismatch':
      return t(`package.problem.${problem.code}`, { path: problem.path });
    default:
      return t(`package.problem.${problem.code}`);
  }
}
