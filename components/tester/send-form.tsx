import { useState } from "react";
import { hexToBytes } from "@/lib/tester/bytes";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import type { TesterMessages } from "./types";

/** Sends a text or binary (hex) message on the open socket; bad hex is refused here. */
export function SendForm({
  m,
  canSend,
  onSend,
}: {
  m: TesterMessages;
  canSend: boolean;
  onSend: (data: string | Uint8Array<ArrayBuffer>) => void;
}) {
  const [mode, setMode] = useState<"text" | "binary">("text");
  const [message, setMessage] = useState("hello");
  const [error, setError] = useState("");

  function send() {
    if (!canSend) return;
    if (mode === "text") onSend(message);
    else {
      const bytes = hexToBytes(message);
      if (!bytes) {
        setError(m.badHex);
        return;
      }
      onSend(bytes);
    }
    setError("");
  }

  return (
    <Card
      as="form"
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <fieldset className="flex gap-3 text-sm">
        <legend className="sr-only">{m.send}</legend>
        <label className="flex gap-1">
          <input type="radio" name="mode" checked={mode === "text"} onChange={() => setMode("text")} />
          {m.sendText}
        </label>
        <label className="flex gap-1">
          <input type="radio" name="mode" checked={mode === "binary"} onChange={() => setMode("binary")} />
          {m.sendBinary}
        </label>
      </fieldset>
      <Input label={m.messageLabel} mono value={message} onChange={(e) => setMessage(e.target.value)} />
      {error ? <p className="text-sm text-danger">{error}</p> : null}
      <Button type="submit" disabled={!canSend}>
        {m.send}
      </Button>
    </Card>
  );
}
