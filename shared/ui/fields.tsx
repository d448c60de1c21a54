// Labelled form controls with their error message tied to the input (aria-describedby), so a
// screen reader hears what is wrong when it reaches the field.
import { useEffect, useId, useRef, useState, type ChangeEvent, type KeyboardEvent, type ReactNode } from 'react';
import { matchingOptions, searchable, type NamedOption } from './place-options';

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
  hint?: string | undefined;
  name?: string;
}

export function SelectField(props: SelectFieldProps) {
  const id = useId();
  return (
    <FieldFrame id={id} label={props.label} error={props.error} hint={props.hint}>
      <select
        id={id}
        name={props.name}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.error, props.hint)}
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

export interface SearchFieldProps {
  label: string;
  /** The stored value (a code or id); the field shows its option's label. */
  value: string;
  options: readonly NamedOption[];
  onChange(value: string): void;
  error?: string | null | undefined;
  hint?: string | undefined;
  /** Said when nothing matches what was typed. */
  noMatch: string;
}

const MAX_SHOWN = 60;

/**
 * A text box that filters a long list as the user types (the ARIA 1.2 combobox with a listbox
 * popup): arrows move through the matches, Enter or a click picks one, Escape puts the chosen
 * value back. Only a listed option is ever passed on, so a half-typed name never reaches the ledger.
 */
export function SearchField({ label, value, options, onChange, error, hint, noMatch }: SearchFieldProps) {
  const id = useId();
  const listId = `${id}-list`;
  const labelOf = (v: string) => options.find((option) => option.value === v)?.label ?? v;
  const [text, setText] = useState(() => labelOf(value));
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);

  // A value changed from outside (discarding changes, a save) shows its own name again.
  useEffect(() => {
    if (!open) setText(labelOf(value));
    // labelOf reads the options: a new language renames the value too.
  }, [value, options]);

  const typed = text === labelOf(value) ? '' : text;
  const matches = open ? matchingOptions(options, typed).slice(0, MAX_SHOWN) : [];
  const pick = (option: NamedOption) => {
    setText(option.label);
    setOpen(false);
    if (option.value !== value) onChange(option.value);
  };
  const close = () => {
    setOpen(false);
    setText(labelOf(value));
  };
  /** Leaving the field: a name typed out in full counts as picking it; anything else puts the chosen one back. */
  const leave = () => {
    const typedName = searchable(text.trim());
    const exact = typedName ? options.find((option) => searchable(option.label) === typedName) : undefined;
    if (exact) pick(exact);
    else close();
  };

  useEffect(() => {
    list.current?.querySelector<HTMLElement>(`[data-index="${active}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(0);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => Math.max(0, Math.min(matches.length - 1, current + step)));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      const option = matches[active];
      if (option) pick(option);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  };

  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      <div className="cobro-combo">
        <input
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && matches[active] ? `${id}-option-${active}` : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, error, hint)}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={(event) => event.target.select()}
          onClick={() => setOpen(true)}
          onBlur={leave}
          onKeyDown={onKeyDown}
        />
        <ul ref={list} id={listId} role="listbox" aria-label={label} className="cobro-combo-list" hidden={!open}>
          {open && matches.length === 0 ? (
            <li role="option" aria-disabled="true" aria-selected="false" className="cobro-muted">
              {noMatch}
            </li>
          ) : null}
          {matches.map((option, index) => (
            <li
              key={option.value}
              id={`${id}-option-${index}`}
              data-index={index}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'cobro-combo-option cobro-combo-active' : 'cobro-combo-option'}
              // mousedown, not click: a click would blur the input first and close the list.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(option);
              }}
              onMouseMove={() => setActive(index)}
            >
              {option.label}
            </li>
          ))}
        </ul>
      </div>
    </FieldFrame>
  );
}
