// Preloaded into the Next.js server that the launcher starts (NODE_OPTIONS=--require).
// When the launcher dies without stopping it (kill -9), the server is handed to another
// parent; it notices within a second and stops itself, so it never keeps the port.
// (The next start also stops such an orphan: lib/db/embedded-owner.ts.)
const parent = process.ppid;
setInterval(() => {
  if (process.ppid === parent) return;
  console.error(`[casebook] The launcher (pid ${parent}) is gone; stopping the Next.js server.`);
  process.kill(process.pid, "SIGTERM");
  setTimeout(() => process.exit(1), 5000).unref();
}, 1000).unref();
