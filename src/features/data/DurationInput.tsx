import { useTranslation } from 'react-i18next';
import { durationUnits, type Duration } from '../../domain/stepData/stepData';
import { CommitInput } from '../ui/CommitInput';

interface Props {
  label: string;
  value: Duration | undefined;
  disabled: boolean;
  onChange(value: Duration | undefined): void;
}

/** The unit's name agrees with the number typed («1 час», «2 часа», «5 часов»); with none, the plural form. */
export function DurationInput({ label, value, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const unit = value?.unit ?? 'minutes';
  return (
    <div className="duration" role="group" aria-label={label}>
      <span>{label}</span>
      <CommitInput
        aria-label={`${label}: ${t('stepData.timeValue')}`}
        type="number"
        min={0}
        step="any"
        inputMode="decimal"
        disabled={disabled}
        value={value ? String(value.value) : ''}
        onCommit={(text) => {
          const amount = Number(text.replace(',', '.'));
          onChange(text.trim() === '' || !Number.isFinite(amount) || amount < 0 ? undefined : { value: amount, unit });
        }}
      />
      <select aria-label={`${label}: ${t('stepData.timeUnit')}`} value={unit} disabled={disabled} onChange={(e) => value && onChange({ ...value, unit: e.target.value as Duration['unit'] })}>
        {durationUnits.map((u) => (
          <option key={u} value={u}>
            {t(`stepData.unit_${u}`, { count: value?.value ?? 5 })}
          </option>
        ))}
      </select>
    </div>
  );
}
