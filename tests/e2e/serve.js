// What the end-to-end scripts share: the paths, and `legcheck serve --no-verify` started on a free loopback
// port and waited for (GET /health), with virtual-alexa pointed at it through the generated en-US model.
"use strict";

const { spawn } = require("node:child_process");
const net = require("node:net");
const path = require("node:path");
const { VirtualAlexa } = require("virtual-alexa");

const ROOT = path.resolve(__dirname, "..", "..");
const MODEL = path.join(ROOT, "legcheck", "interaction_model", "en-US.json");
const LEGCHECK = process.env.LEGCHECK || path.join(ROOT, ".venv", "bin", "legcheck");
const SKILL_ID = "amzn1.ask.skill.e2e00000-0000-4000-8000-000000000e2e";

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

async function waitForHealth(server, base, seconds) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`legcheck serve exited with ${server.exitCode}`);
    try {
      const response = await fetch(`${base}/health`);
      if (response.ok && (await response.text()) === "ok") return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`legcheck serve did not answer ${base}/health within ${seconds} s`);
}

// Start `legcheck serve`; resolves to {server, skillURL} once it answers.
async function startServer(seconds = 30) {
  const port = await freePort();
  const args = ["serve", "--no-verify", "--host", "127.0.0.1", "--port", String(port), "--skill-id", SKILL_ID];
  const server = spawn(LEGCHECK, args, { stdio: ["ignore", "ignore", "inherit"] });
  await waitForHealth(server, `http://127.0.0.1:${port}`, seconds);
  return { server, skillURL: `http://127.0.0.1:${port}/` };
}

function newAlexa(skillURL) {
  return VirtualAlexa.Builder().interactionModelFile(MODEL).skillURL(skillURL).applicationID(SKILL_ID)
    .locale("en-US").create();
}

module.exports = { ROOT, MODEL, LEGCHECK, SKILL_ID, startServer, newAlexa };
