import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleEntry } from '../../domain/dictionary/dictionary';
import type { StepData } from '../../domain/stepData/stepData';
import { CommitInput } from '../ui/CommitInput';
import type { ProjectDictionary } from './useDictionary';

interface Props {
  data: StepData;
  dictionary: ProjectDictionary;
  disabled: boolean;
  onChange(data: StepData): void;
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * Who performs the step: a business role and its unit, picked from the dictionary's roles and added
 * to them like documents are. A role brings its unit to a step that has none; a unit typed for a
 * role that has none becomes the role's. The step records the names (rw:stepData executorRole, unit).
 */
export function ExecutorFields({ data, dictionary, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const rolesId = useId();
  const unitsId = useId();
  const roles = dictionary.ofKind('role') as RoleEntry[];
  const roleNamed = (name: string) => roles.find((role) => same(role.name, name));
  const units = [...new Set(roles.map((role) => role.unit.trim()).filter(Boolean))];

  const commitRole = (typed: string) => {
    const name = typed.trim();
    const known = name ? roleNamed(name) : undefined;
    const unit = data.unit || known?.unit.trim() || undefined;
    onChange({ ...data, executorRole: known?.name ?? (name || undefined), unit });
    if (name) void dictionary.ensure('role', name).then((role) => rememberUnit(role as RoleEntry, unit));
  };
  const commitUnit = (typed: string) => {
    const unit = typed.trim() || undefined;
    onChange({ ...data, unit });
    const role = data.executorRole ? roleNamed(data.executorRole) : undefined;
    if (role) void rememberUnit(role, unit);
  };
  const rememberUnit = async (role: RoleEntry, unit: string | undefined) => {
    if (unit && !role.unit.trim()) await dictionary.update({ ...role, unit });
  };

  return (
    <>
      <label>
        <span>{t('stepData.executorRole')}</span>
        <CommitInput aria-label={t('stepData.executorRole')} value={data.executorRole ?? ''} disabled={disabled} list={rolesId} onCommit={commitRole} />
        <datalist id={rolesId}>
          {roles.map((role) => (
            <option key={role.id} value={role.name} label={role.unit || undefined} />
          ))}
        </datalist>
      </label>
      <label>
        <span>{t('stepData.unit')}</span>
        <CommitInput aria-label={t('stepData.unit')} value={data.unit ?? ''} disabled={disabled} list={unitsId} onCommit={commitUnit} />
        <datalist id={unitsId}>
          {units.map((unit) => (
            <option key={unit} value={unit} />
          ))}
        </datalist>
      </label>
    </>
  );
}
