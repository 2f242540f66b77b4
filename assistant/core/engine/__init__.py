"""The model runtime: llama.cpp in a child process, streamed as events."""
