package org.wsisanalytics.app.store;

import java.util.Objects;

import org.wsisanalytics.model.SessionOutline;

/**
 * A session's outline and the input position of its document, which keys the session's rows in the store.
 *
 * @param position the document's input position
 * @param outline the session's outline
 */
record PositionedOutline(int position, SessionOutline outline) {

    PositionedOutline {
        Objects.requireNonNull(outline, "outline");
    }
}
