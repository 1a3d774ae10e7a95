import { useTranslation } from 'react-i18next';
import { newTeamMember, teamRoles, updateItem, type PassportEdit, type ProcessPassport, type TeamRole } from '../../domain/passport/passport';
import { CommitInput } from '../ui/CommitInput';
import { ListSection } from './ListSection';

interface Props {
  passport: ProcessPassport;
  apply(edit: PassportEdit): void;
}

/** §30–31: the project team with the role of each member. */
export function TeamSection({ passport, apply }: Props) {
  const { t } = useTranslation();
  const label = (field: string, number: number) => t('passport.fieldOf', { field: t(`passport.team.${field}`), number });
  return (
    <ListSection
      list="team"
      id="passport-team"
      title={t('passport.team.title')}
      empty={t('passport.team.empty')}
      addLabel={t('passport.team.add')}
      removeLabel={(number) => t('passport.team.remove', { number })}
      passport={passport}
      apply={apply}
      // The first member is usually the lead, the others staff of the units.
      newItem={(id) => newTeamMember(id, passport.team.length === 0 ? 'lead' : 'unitStaff')}
    >
      {(member, number) => (
        <div className="passport-fields">
          <label>
            {t('passport.team.name')}
            <CommitInput aria-label={label('name', number)} value={member.name} onCommit={(name) => apply(updateItem('team', member.id, { name }))} />
          </label>
          <label>
            {t('passport.team.role')}
            <select aria-label={label('role', number)} value={member.role} onChange={(e) => apply(updateItem('team', member.id, { role: e.target.value as TeamRole }))}>
              {teamRoles.map((role) => (
                <option key={role} value={role}>
                  {t(`passport.team.roles.${role}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('passport.team.position')}
            <CommitInput aria-label={label('position', number)} value={member.position} onCommit={(position) => apply(updateItem('team', member.id, { position }))} />
          </label>
        </div>
      )}
    </ListSection>
  );
}
