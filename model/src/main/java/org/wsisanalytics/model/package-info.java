/**
 * Immutable domain records shared by every stage: documents and their sessions, action lines,
 * mentions, aggregates and the run they belong to. No behaviour beyond validation and small
 * derived values; nothing here depends on a library.
 */
package org.wsisanalytics.model;
