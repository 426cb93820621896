/**
 * Stories: syndicated copies folded together (MinHash over word shingles), articles about one
 * event grouped online into a story (sentence embeddings, TF-IDF, shared names, time), and
 * related articles from other stories. Knows only the model and the embedding model; the store
 * persists what it decides and the web shows it.
 */
package dev.newsloom.stories;
