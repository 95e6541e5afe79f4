"""The Alexa skill: ask-sdk-core handlers for Leg Check."""
