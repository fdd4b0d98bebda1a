/** Reading the module's tab-separated reference files (bundled or a user's replacement) with line-numbered errors. */
package org.wsisanalytics.analytics.data;
