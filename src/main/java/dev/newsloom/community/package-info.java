/**
 * Readers: accounts and sessions, comments with moderation, following and the For-you list.
 * Storage is behind the ports of this package ({@link dev.newsloom.community.UserStore} and
 * others), implemented in {@code store}; the web layer turns these services into pages.
 */
package dev.newsloom.community;
