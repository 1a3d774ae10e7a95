import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../domain/plan/calendar/isoDate';
import { newLegalAct, updateItem, type LegalAct, type PassportEdit, type ProcessPassport } from '../../domain/passport/passport';
import { CommitInput } from '../ui/CommitInput';
import { ListSection } from './ListSection';

interface Props {
  passport: ProcessPassport;
  apply(edit: PassportEdit): void;
}

/** §32.1: the legal acts, strategic documents and regulations that govern the process. */
export function LegalActsSection({ passport, apply }: Props) {
  const { t } = useTranslation();
  const patch = (id: string, fields: Partial<LegalAct>) => apply(updateItem('legalActs', id, fields));
  const label = (field: string, number: number) => t('passport.fieldOf', { field: t(`passport.legal.${field}`), number });
  return (
    <ListSection
      list="legalActs"
      id="passport-legal"
      title={t('passport.legal.title')}
      hint={t('passport.legal.hint')}
      empty={t('passport.legal.empty')}
      addLabel={t('passport.legal.add')}
      removeLabel={(number) => t('passport.legal.remove', { number })}
      passport={passport}
      apply={apply}
      newItem={newLegalAct}
    >
      {(act, number) => (
        <div className="passport-fields passport-fields--legal">
          <label className="passport-fields__wide">
            {t('passport.legal.name')}
            <CommitInput aria-label={label('name', number)} value={act.title} onCommit={(title) => patch(act.id, { title })} />
          </label>
          <label>
            {t('passport.legal.number')}
            <CommitInput aria-label={label('number', number)} value={act.number} onCommit={(value) => patch(act.id, { number: value })} />
          </label>
          <label>
            {t('passport.legal.date')}
            <input type="date" aria-label={label('date', number)} value={act.date ?? ''} onChange={(e) => (e.target.value === '' ? patch(act.id, { date: null }) : isIsoDate(e.target.value) && patch(act.id, { date: e.target.value }))} />
          </label>
          <label>
            {t('passport.legal.article')}
            <CommitInput aria-label={label('article', number)} value={act.article} onCommit={(article) => patch(act.id, { article })} />
          </label>
        </div>
      )}
    </ListSection>
  );
}
