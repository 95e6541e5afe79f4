// How virtual-alexa, with the generated en-US model, hears each phrasing of a corpus, as legcheck serve answers
// it: one fresh session per phrasing, with the pending question set as the case says.
// Usage: node phrasings.js <cases.json> <results.json>   (run by tests/e2e/test_phrasings_alexa.py)
// cases.json: [{"text": ..., "question": ...}]; results.json: [{"intent": ..., "findings": {...}}], in order.
"use strict";

const fs = require("node:fs");
const { startServer, newAlexa } = require("./serve");

async function main() {
  const [casesFile, resultsFile] = process.argv.slice(2);
  const cases = JSON.parse(fs.readFileSync(casesFile, "utf-8"));
  const { server, skillURL } = await startServer(30);
  try {
    const results = [];
    for (const item of cases) {
      const alexa = newAlexa(skillURL);
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
