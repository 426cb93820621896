/** Plain records shared by every capability. Depends on nothing but the JDK. */
package dev.newsloom.model;
