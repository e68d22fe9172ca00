package dev.nnplay.engine.lesson;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.nnplay.engine.Named;

/** What a lesson's step does with the training besides changing settings, when its button is pressed. */
public enum Action implements Named {
    /** Start training continuously (in the lab: run the paths). */
    PLAY("play"),
    /** Stop continuous training. */
    PAUSE("pause"),
    /** Take one step (one mini-batch; in the lab, one update of each path). */
    STEP("step"),
    /** Train one epoch. */
    EPOCH("epoch"),
    /** Start again from the initial weights. */
    RESET("reset"),
    /** Open compare runs with the lesson's runs and start them. */
    COMPARE("compare");

    private final String id;

    Action(String id) {
        this.id = id;
    }

    @JsonValue
    @Override
    public String id() {
        return id;
    }

    /** The action called {@code id}, or an exception that lists them. */
    @JsonCreator
    public static Action byId(String id) {
        return Named.byId(values(), id, "step action");
    }
}
