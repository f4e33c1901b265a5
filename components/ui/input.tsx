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

/**
 * Label, control and hint wired together: `htmlFor`/`id` name the control by its label, and
 * `aria-describedby` points at the hint plus any ids the caller passes (a hint shown elsewhere).
 */
function useWiring(id: string | undefined, hint: ReactNode, describedBy: string | undefined) {
  const auto = useId();
  const controlId = id ?? auto;
  const hintId = hint ? `${controlId}-hint` : undefined;
  return { controlId, hintId, describedBy: cx(describedBy, hintId) || undefined };
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

export function Input({
  label,
  hint,
  mono,
  className,
  id,
  "aria-describedby": describedBy,
  ...props
}: ComponentProps<"input"> & Labelled) {
  const w = useWiring(id, hint, describedBy);
  return (
    <Frame controlId={w.controlId} hintId={w.hintId} label={label} hint={hint}>
      <input
        {...props}
        id={w.controlId}
        aria-describedby={w.describedBy}
        className={fieldClass({ mono, className: cx(label !== undefined && "mt-1", className) })}
      />
    </Frame>
  );
}

export function Select({
  label,
  hint,
  mono,
  className,
  id,
  "aria-describedby": describedBy,
  ...props
}: ComponentProps<"select"> & Labelled) {
  const w = useWiring(id, hint, describedBy);
  return (
    <Frame controlId={w.controlId} hintId={w.hintId} label={label} hint={hint}>
      <select
        {...props}
        id={w.controlId}
        aria-describedby={w.describedBy}
        className={fieldClass({ mono, className: cx(label !== undefined && "mt-1", className) })}
      />
    </Frame>
  );
}

export function Textarea({
  label,
  hint,
  mono,
  className,
  id,
  "aria-describedby": describedBy,
  ...props
}: ComponentProps<"textarea"> & Labelled) {
  const w = useWiring(id, hint, describedBy);
  return (
    <Frame controlId={w.controlId} hintId={w.hintId} label={label} hint={hint}>
      <textarea
        {...props}
        id={w.controlId}
        aria-describedby={w.describedBy}
        className={fieldClass({ mono, className: cx(label !== undefined && "mt-1", className) })}
      />
    </Frame>
  );
}
