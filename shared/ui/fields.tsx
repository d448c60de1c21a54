// Labelled form controls with their error message tied to the input (aria-describedby), so a
// screen reader hears what is wrong when it reaches the field.
import { useId, type ChangeEvent, type ReactNode } from 'react';

interface FieldFrameProps {
  id: string;
  label: string;
  error?: string | null | undefined;
  hint?: string | undefined;
  children: ReactNode;
}

function FieldFrame({ id, label, error, hint, children }: FieldFrameProps) {
  return (
    <div className={error ? 'cobro-field cobro-field-invalid' : 'cobro-field'}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="cobro-field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="cobro-field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, error: unknown, hint: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | null | undefined;
  hint?: string | undefined;
  type?: 'text' | 'date' | 'email' | 'number' | 'search' | 'tel';
  name?: string;
  required?: boolean;
  inputMode?: 'decimal' | 'numeric' | 'text' | 'email' | 'tel';
  autoComplete?: string;
  maxLength?: number;
  min?: string | number;
  max?: string | number;
  multiline?: boolean;
}

export function TextField(props: TextFieldProps) {
  const id = useId();
  const common = {
    id,
    name: props.name,
    value: props.value,
    required: props.required,
    maxLength: props.maxLength,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy(id, props.error, props.hint),
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => props.onChange(event.target.value),
  };
  return (
    <FieldFrame id={id} label={props.label} error={props.error} hint={props.hint}>
      {props.multiline ? (
        <textarea {...common} rows={3} />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          autoComplete={props.autoComplete ?? 'off'}
          min={props.min}
          max={props.max}
        />
      )}
    </FieldFrame>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange(value: string): void;
  error?: string | null | undefined;
  name?: string;
}

export function SelectField(props: SelectFieldProps) {
  const id = useId();
  return (
    <FieldFrame id={id} label={props.label} error={props.error}>
      <select
        id={id}
        name={props.name}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.error, undefined)}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export interface CheckboxListProps {
  legend: string;
  options: readonly SelectOption[];
  selected: readonly string[];
  onChange(selected: string[]): void;
  error?: string | null | undefined;
}

export function CheckboxList({ legend, options, selected, onChange, error }: CheckboxListProps) {
  const id = useId();
  return (
    <fieldset className="cobro-checks" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="cobro-check">
          <input
            type="checkbox"
            checked={selected.includes(option.value)}
            onChange={(event) =>
              onChange(
                event.target.checked
                  ? options.map((o) => o.value).filter((value) => value === option.value || selected.includes(value))
                  : selected.filter((value) => value !== option.value),
              )
            }
          />
          {option.label}
        </label>
      ))}
      {error ? (
        <p id={`${id}-error`} className="cobro-field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
