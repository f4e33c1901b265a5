import http from "node:http";

/** Rejects when `p` takes longer than `ms`: a hang fails the test instead of stalling it. */
export function within<V>(p: Promise<V>, ms: number, what: string): Promise<V> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

export type Res = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** A plain GET on 127.0.0.1 with a raw path (no URL normalisation), bounded in time. */
export function get(port: number, path: string, timeoutMs = 3000): Promise<Res> {
  return within(
    new Promise<Res>((resolve, reject) => {
      const req = http.get({ host: "127.0.0.1", port, path, agent: false }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        res.on("error", reject);
      });
      req.on("error", reject);
    }),
    timeoutMs,
    `GET ${path}`,
  );
}
