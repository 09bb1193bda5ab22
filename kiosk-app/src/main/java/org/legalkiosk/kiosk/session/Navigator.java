package org.legalkiosk.kiosk.session;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The visitor's path through the screens. Home is always at the bottom of the stack, so Back always leads
 * somewhere and Home is one tap away.
 */
public final class Navigator {

    private final Deque<Route> stack = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Route> current = new ReadOnlyObjectWrapper<>(Route.HOME);

    public Navigator() {
        stack.push(Route.HOME);
    }

    public ReadOnlyObjectProperty<Route> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Route current() {
        return current.get();
    }

    public void open(Route route) {
        if (route.equals(stack.peek())) {
            return;
        }
        if (route instanceof Route.Home) {
            home();
            return;
        }
        stack.push(route);
        current.set(route);
    }

    /**
     * Replaces the current screen's route without a move, so Back returns to it as it is now (a search with its
     * query). Home cannot be replaced.
     */
    public void replaceCurrent(Route route) {
        if (stack.size() > 1 && route.getClass() == stack.peek().getClass()) {
            stack.pop();
            stack.push(route);
        }
    }

    /** Goes one screen back; on Home it stays on Home. */
    public void back() {
        if (stack.size() > 1) {
            stack.pop();
        }
        current.set(stack.peek());
    }

    public void home() {
        while (stack.size() > 1) {
            stack.pop();
        }
        current.set(Route.HOME);
    }

    public boolean canGoBack() {
        return stack.size() > 1;
    }

    public int depth() {
        return stack.size();
    }
}
