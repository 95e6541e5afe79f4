// How virtual-alexa, with the generated en-US model, hears each phrasing of a corpus, as legcheck serve answers
// it: one fresh session per phrasing, with the pending question set as the case says.
// Usage: node phrasings.js <cases.json> <results.json>   (run by tests/e2e/test_phrasings_alexa.py)
// cases.json: [{"text": ..., "question": ...}]; results.json: [{"intent": ..., "findings": {...}}], in order.
"use strict";

const fs = require("node:fs");
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
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`legcheck serve did not answer within ${seconds} s`);
}

async function main() {
  const [casesFile, resultsFile] = process.argv.slice(2);
  const cases = JSON.parse(fs.readFileSync(casesFile, "utf-8"));
  const port = await freePort();
  const server = spawn(LEGCHECK, ["serve", "--no-verify", "--host", "127.0.0.1", "--port", String(port),
    "--skill-id", SKILL_ID], { stdio: ["ignore", "ignore", "inherit"] });
  try {
    await waitForHealth(server, `http://127.0.0.1:${port}`, 30);
    const results = [];
    for (const item of cases) {
      const alexa = VirtualAlexa.Builder().interactionModelFile(MODEL).skillURL(`http://127.0.0.1:${port}/`)
        .applicationID(SKILL_ID).locale("en-US").create();
      let intent = null;
      alexa.filter((request) => {
        request.session.new = false;
        request.session.attributes = { findings: {}, question: item.question };
        intent = request.request.intent ? request.request.intent.name : request.request.type;
      });
      let findings = null;
      try {
        const reply = await alexa.utter(item.text);
        findings = (reply.sessionAttributes || {}).findings || {};
      } catch (error) {
        intent = `error: ${error.message.split("\n")[0]}`;
      }
      results.push({ intent, findings });
    }
    fs.writeFileSync(resultsFile, JSON.stringify(results));
  } finally {
    server.kill("SIGTERM");
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
