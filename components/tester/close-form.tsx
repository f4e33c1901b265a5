import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { fill, type TesterMessages } from "./types";

/**
 * The page's own close(code, reason). The session checks the arguments as the browser would and
 * reports a call that would throw in `error` instead of making it.
 */
export function CloseForm({
  m,
  canClose,
  error,
  onClose,
}: {
  m: TesterMessages;
  canClose: boolean;
  error: string;
  onClose: (code: string, reason: string) => void;
}) {
  const [code, setCode] = useState("1000");
  const [reason, setReason] = useState("");
  return (
    <Card
      as="form"
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        onClose(code, reason);
      }}
    >
      <p className="text-sm font-semibold">{m.closeTitle}</p>
      <div className="grid grid-cols-[6rem_1fr] gap-2">
        <Input
          label={m.closeCode}
          mono
          inputMode="numeric"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          aria-describedby="close-code-hint"
        />
        <Input
          label={m.closeReason}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-describedby="close-reason-bytes"
        />
      </div>
      <p id="close-code-hint" className="text-xs text-muted">
        {m.closeCodeHint}{" "}
        <span id="close-reason-bytes">
          {fill(m.reasonBytes, { bytes: new TextEncoder().encode(reason).length })}
        </span>
      </p>
      {error ? (
        <p role="alert" className="text-sm text-warn" data-testid="close-error">
          {error}
        </p>
      ) : null}
      <Button type="submit" disabled={!canClose}>
        {m.closeButton}
      </Button>
    </Card>
  );
}
