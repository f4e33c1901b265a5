import type { ParamSpec } from "@/lib/scenarios/params";
import { Input, Select } from "@/components/ui/input";
import type { Locale } from "./types";

/** One scenario parameter: a select for an enum, a text field otherwise, with its doc and range. */
export function ParamInput({
  spec,
  lang,
  value,
  disabled,
  onChange,
}: {
  spec: ParamSpec;
  lang: Locale;
  value: string;
  disabled: boolean;
  onChange: (v: string) => void;
}) {
  const common = {
    id: `param-${spec.name}`,
    label: `${spec.name}${spec.kind === "int" && spec.unit ? ` (${spec.unit})` : ""}`,
    hint: `${spec.doc[lang]}${spec.kind === "int" ? ` ${spec.min}–${spec.max}.` : ""}`,
    mono: true,
    value,
    disabled,
  };
  return spec.kind === "enum" ? (
    <Select {...common} onChange={(e) => onChange(e.target.value)}>
      {spec.values.map((v) => (
        <option key={v} value={v}>
          {v}
        </option>
      ))}
    </Select>
  ) : (
    <Input
      {...common}
      inputMode={spec.kind === "int" ? "numeric" : undefined}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
