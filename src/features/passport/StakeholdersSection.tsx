import { useTranslation } from 'react-i18next';
import { newStakeholder, updateItem, type PassportEdit, type ProcessPassport } from '../../domain/passport/passport';
import { CommitInput } from '../ui/CommitInput';
import { ListSection } from './ListSection';

interface Props {
  passport: ProcessPassport;
  apply(edit: PassportEdit): void;
}

/** §32.2: every stakeholder of the process and where it meets the process. */
export function StakeholdersSection({ passport, apply }: Props) {
  const { t } = useTranslation();
  const label = (field: string, number: number) => t('passport.fieldOf', { field: t(`passport.stakeholders.${field}`), number });
  return (
    <ListSection
      list="stakeholders"
      id="passport-stakeholders"
      title={t('passport.stakeholders.title')}
      hint={t('passport.stakeholders.hint')}
      empty={t('passport.stakeholders.empty')}
      addLabel={t('passport.stakeholders.add')}
      removeLabel={(number) => t('passport.stakeholders.remove', { number })}
      passport={passport}
      apply={apply}
      newItem={newStakeholder}
    >
      {(stakeholder, number) => (
        <div className="passport-fields">
          <label>
            {t('passport.stakeholders.name')}
            <CommitInput aria-label={label('name', number)} value={stakeholder.name} onCommit={(name) => apply(updateItem('stakeholders', stakeholder.id, { name }))} />
          </label>
          <label className="passport-fields__wide">
            {t('passport.stakeholders.touchpoints')}
            <CommitInput multiline aria-label={label('touchpoints', number)} value={stakeholder.touchpoints} onCommit={(touchpoints) => apply(updateItem('stakeholders', stakeholder.id, { touchpoints }))} />
          </label>
        </div>
      )}
    </ListSection>
  );
}
