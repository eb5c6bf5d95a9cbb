import type { AppRouter } from "@kk/api";
import { TRPCClientError } from "@trpc/client";
import superjson from "superjson";

/*
 * A tRPC mutation sent with XMLHttpRequest instead of fetch, because only XMLHttpRequest reports
 * upload progress (fetch has no upload events). Same endpoint, same guarded procedure, same
 * transformer as the tRPC client: the body is the superjson-serialised input, the answer the
 * superjson-serialised result or error. Errors become a TRPCClientError, so the forms' usual
 * error handling (toServerFormError, applyServerError) works unchanged.
 */

export interface ProgressHandlers {
  /** 0–1 while the request body is being sent. */
  onUpload?: (fraction: number) => void;
  /** The body is sent; the server is working. */
  onUploaded?: () => void;
}

interface TrpcResponse {
  result?: { data: Parameters<typeof superjson.deserialize>[0] };
  error?: Parameters<typeof superjson.deserialize>[0];
}

export function postWithProgress<T>(path: string, input: unknown, handlers: ProgressHandlers = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", `/api/trpc/${path}`);
    request.setRequestHeader("Content-Type", "application/json");
    request.responseType = "text";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) handlers.onUpload?.(event.loaded / event.total);
    };
    request.upload.onload = () => handlers.onUploaded?.();
    request.onerror = () => reject(new TRPCClientError<AppRouter>("De verbinding met de server is verbroken."));
    request.onload = () => {
      let body: TrpcResponse;
      try {
        body = JSON.parse(request.responseText) as TrpcResponse;
      } catch {
        reject(new TRPCClientError<AppRouter>(`Onverwacht antwoord van de server (${request.status}).`));
        return;
      }
      if (body.error) {
        const shape = superjson.deserialize(body.error) as { message: string; code: number; data: Record<string, unknown> };
        reject(TRPCClientError.from<AppRouter>({ error: shape }));
        return;
      }
      if (!body.result) {
        reject(new TRPCClientError<AppRouter>(`Onverwacht antwoord van de server (${request.status}).`));
        return;
      }
      resolve(superjson.deserialize(body.result.data) as T);
    };
    request.send(JSON.stringify(superjson.serialize(input)));
  });
}

/** Reads a file as base64 with progress (FileReader reports it; File.arrayBuffer does not). */
export function readAsBase64(file: File, onProgress: (fraction: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    reader.onerror = () => reject(reader.error ?? new Error("unreadable"));
    reader.onload = () => {
      const url = String(reader.result ?? "");
      // "data:<type>;base64,<content>"
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.readAsDataURL(file);
  });
}
