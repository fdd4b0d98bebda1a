/**
 * Key messages: per session, a few sentences quoted verbatim from the parts that say what matters (vision,
 * priorities, recommendations, conclusion), ranked by the session's own headings; across sessions, the action
 * lines, themes and countries most shared, each with a quote. Nothing is written by us.
 */
package org.wsisanalytics.analytics.messages;
