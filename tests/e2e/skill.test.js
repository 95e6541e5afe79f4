// End-to-end: virtual-alexa turns spoken words into Alexa requests with the en-US interaction
// model and posts them to `legcheck serve --no-verify` on a free loopback port.
// Run from tests/e2e with `node --test` (the pytest wrapper tests/e2e/test_virtual_alexa.py does).
// LEGCHECK names the `legcheck` command to start (default: the repo's .venv/bin/legcheck).
"use strict";

const { after, before, test } = require("node:test");
const assert = require("node:assert/strict");
const { startServer, newAlexa: alexaAt } = require("./serve");

let server;
let skillURL;

before(async () => {
  ({ server, skillURL } = await startServer(30));
});

after(() => {
  if (server && server.exitCode === null) server.kill("SIGTERM");
});

const newAlexa = () => alexaAt(skillURL);

const speech = (reply) => reply.response.outputSpeech.ssml;
const attributes = (reply) => reply.sessionAttributes || {};

// What the person says to each question (by finding id); anything else gets "no".
// The umbrella question "is it getting worse, or making you unsteady?" opens getting_worse and cant_walk.
const ANSWERS = { worse_or_unsteady: "yes", getting_worse: "yes", injury: "I'm not sure" };

test("a whole interview by voice: yes, no, I'm not sure and a volunteered symptom reach a result", async () => {
  const alexa = newAlexa();
  let reply = await alexa.launch();
  assert.match(speech(reply), /Welcome to Leg Check/);
  assert.equal(attributes(reply).question, "stroke_signs_now");

  reply = await alexa.utter("no");
  assert.equal(attributes(reply).findings.stroke_signs_now, false);

  reply = await alexa.utter("no"); // chest pain, a sudden headache, trouble breathing or swallowing
  reply = await alexa.utter("I have numbness or tingling");
  assert.equal(attributes(reply).findings.numbness_tingling, true, "volunteered symptom was understood");

  const heard = new Set();
  // The session keeps only the answers and the pending question: a result is a reply with no question left.
  for (let turn = 0; turn < 60 && attributes(reply).question; turn += 1) {
    const question = attributes(reply).question;
    heard.add(ANSWERS[question] || "no");
    reply = await alexa.utter(ANSWERS[question] || "no");
  }
  const final = attributes(reply);
  assert.equal(final.question, null, `the interview reached a result: ${speech(reply)}`);
  assert.match(speech(reply), /see a doctor/, "advice to see a doctor, not an emergency");
  assert.match(speech(reply), /It may be /, "a result names likely causes");
  assert.match(speech(reply), /Ask me what any of these means/);
  assert.ok(heard.has("yes") && heard.has("no") && heard.has("I'm not sure"), [...heard].join(", "));
  assert.equal(final.findings.getting_worse, true);
  assert.equal(final.findings.injury, null, "\"I'm not sure\" is kept as unknown");
  assert.doesNotMatch(speech(reply), /Welcome/);
});

test("an emergency: a stroke sign said in words gets the emergency number at once", async () => {
  const alexa = newAlexa();
  await alexa.launch();
  const reply = await alexa.utter("I have trouble speaking");
  assert.equal(attributes(reply).findings.speech_or_vision, true);
  assert.equal(attributes(reply).question, null, "no more questions");
  assert.match(speech(reply), /911/);
  assert.doesNotMatch(speech(reply), /Ask me what any of these means/, "emergency advice, not a result");
});
