import { useId, type ButtonHTMLAttributes, type ReactNode } from 'react';

/** The look every text input, select and textarea of the knowledge base's forms shares. */
export const controlClass =
  'w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-sky-700 aria-[invalid=true]:border-red-600';

export const buttonClass =
  'cursor-pointer rounded border border-slate-300 bg-white px-3 py-1 text-sm text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-700 disabled:cursor-default disabled:opacity-50';

export const primaryButtonClass =
  'cursor-pointer rounded border border-sky-800 bg-sky-800 px-3 py-1 text-sm font-medium text-white hover:bg-sky-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 disabled:cursor-default disabled:opacity-50';

/** What a field hands its control so label, hint and error are tied to it for screen readers. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export interface FieldProps {
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  children: (control: ControlProps) => ReactNode;
}

/** A labelled form control with an optional hint and its error, if any, below it. */
export function Field({ label, hint, error, required, children }: FieldProps) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  const control: ControlProps = { id };
  if (describedBy) control['aria-describedby'] = describedBy;
  if (error) control['aria-invalid'] = true;
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
        {required && (
          <span className="text-red-700" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      {children(control)}
      {hint && (
        <p id={`${id}-hint`} className="m-0 text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="m-0 text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

/** The list of problems that stopped a save or an import, announced when it appears. */
export function ProblemList({ title, problems }: { title: string; problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900">
      <p className="m-0 font-medium">{title}</p>
      <ul className="m-0 mt-1 list-disc pl-5 break-words">
        {problems.map((problem, index) => (
          <li key={index}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}

type FieldLabelProps = Omit<FieldProps, 'children'>;

export interface TextFieldProps extends FieldLabelProps {
  value: string;
  onChange: (value: string) => void;
  lang?: string;
  /** Ids and other text typed exactly, shown in a fixed-width face. */
  mono?: boolean;
  /** A box of this many lines instead of a one-line input. */
  rows?: number;
  readOnly?: boolean;
  placeholder?: string;
  type?: 'text' | 'url';
}

/** A labelled text input or box: most fields of the knowledge base's forms. */
export function TextField({
  value,
  onChange,
  lang,
  mono,
  rows,
  readOnly,
  placeholder,
  type,
  ...field
}: TextFieldProps) {
  const control = {
    lang,
    readOnly,
    placeholder,
    className: mono ? `${controlClass} font-mono` : controlClass,
    value,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  return (
    <Field {...field}>
      {(labelled) =>
        rows ? (
          <textarea {...labelled} {...control} rows={rows} />
        ) : (
          <input {...labelled} {...control} type={type} />
        )
      }
    </Field>
  );
}

/** A labelled choice among a schema's enum values, each shown by its label. */
export function SelectField<T extends string>({
  value,
  options,
  labelOf,
  onChange,
  ...field
}: FieldLabelProps & {
  value: T;
  options: readonly T[];
  labelOf: (option: T) => string;
  onChange: (value: T) => void;
}) {
  return (
    <Field {...field}>
      {(control) => (
        <select
          {...control}
          className={controlClass}
          value={value}
          onChange={(event) => onChange(event.target.value as T)}
        >
          {options.map((option) => (
            <option key={option} value={option}>
              {labelOf(option)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A plain button of the knowledge base's pages; it never submits a form. */
export function Button({ className, ...button }: ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      type="button"
      {...button}
      className={className ? `${buttonClass} ${className}` : buttonClass}
    />
  );
}
