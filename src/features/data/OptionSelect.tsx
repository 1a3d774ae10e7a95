import { useTranslation } from 'react-i18next';

interface Props<T extends string> {
  label: string;
  value: T | undefined;
  options: readonly T[];
  /** i18n key prefix: the option `x` is shown as t(`${prefix}${x}`). */
  prefix: string;
  allowEmpty?: boolean;
  disabled?: boolean;
  onChange(value: T | undefined): void;
}

/** A choice of the step panel: its options run long in some language, so the list takes the whole line under its label. */
export function OptionSelect<T extends string>({ label, value, options, prefix, allowEmpty = true, disabled, onChange }: Props<T>) {
  const { t } = useTranslation();
  return (
    <label className="wide">
      <span>{label}</span>
      <select aria-label={label} value={value ?? ''} disabled={disabled} onChange={(e) => onChange((e.target.value || undefined) as T | undefined)}>
        {allowEmpty && <option value="">{t('stepData.notSet')}</option>}
        {options.map((option) => (
          <option key={option} value={option}>
            {t(`${prefix}${option}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
