import { useId, type ComponentProps, type ReactNode } from "react";
import { cx } from "./cx";

/** The look every text control shares; `mono` for codes, URLs and bytes. */
export function fieldClass({ mono = false, className }: { mono?: boolean; className?: string } = {}): string {
  return cx(
    "w-full rounded-md border border-border-strong bg-surface-raised px-2 py-1.5 text-sm text-fg",
    mono && "font-mono",
    className,
  );
}

type Labelled = {
  /** The visible label, which is also the control's accessible name. */
  label?: ReactNode;
  /** A line under the control, announced as its description. */
  hint?: ReactNode;
  mono?: boolean;
};

/** The props every labelled control takes besides its element's own. */
type FieldProps = Labelled & { id?: string; className?: string; "aria-describedby"?: string };

/**
 * Label, control and hint wired together, for any control element: `htmlFor`/`id` name the
 * control by its label, and `aria-describedby` points at the hint plus any ids the caller passes
 * (a hint shown elsewhere). Returns the frame's props and the control's.
 */
function useField<P extends FieldProps>({
  label,
  hint,
  mono,
  className,
  id,
  "aria-describedby": describedBy,
  ...rest
}: P) {
  const auto = useId();
  const controlId = id ?? auto;
  const hintId = hint ? `${controlId}-hint` : undefined;
  return {
    frame: { controlId, hintId, label, hint },
    control: {
      ...rest,
      id: controlId,
      "aria-describedby": cx(describedBy, hintId) || undefined,
      className: fieldClass({ mono, className: cx(label !== undefined && "mt-1", className) }),
    },
  };
}

/** Without a label or a hint the bare control is returned, for places that label it themselves. */
function Frame({
  controlId,
  hintId,
  label,
  hint,
  children,
}: {
  controlId: string;
  hintId?: string;
  label?: ReactNode;
  hint?: ReactNode;
  children: ReactNode;
}) {
  if (label === undefined && !hint) return children;
  return (
    <div>
      {label !== undefined ? (
        <label htmlFor={controlId} className="block text-sm font-medium">
          {label}
        </label>
      ) : null}
      {children}
      {hint ? (
        <p id={hintId} className="mt-0.5 text-xs text-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function Input(props: ComponentProps<"input"> & Labelled) {
  const { frame, control } = useField(props);
  return (
    <Frame {...frame}>
      <input {...control} />
    </Frame>
  );
}

export function Select(props: ComponentProps<"select"> & Labelled) {
  const { frame, control } = useField(props);
  return (
    <Frame {...frame}>
      <select {...control} />
    </Frame>
  );
}

export function Textarea(props: ComponentProps<"textarea"> & Labelled) {
  const { frame, control } = useField(props);
  return (
    <Frame {...frame}>
      <textarea {...control} />
    </Frame>
  );
}
