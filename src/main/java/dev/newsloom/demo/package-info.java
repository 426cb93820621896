/**
 * The live demo newsroom: a seeded simulation of invented publishers, served over real HTTP on
 * loopback, that publishes new articles as time passes and knows the ground truth of every page.
 * It plays an outside publisher, so it shares no parsing code with ingest or extract.
 */
package dev.newsloom.demo;
