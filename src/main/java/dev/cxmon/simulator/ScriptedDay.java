package dev.cxmon.simulator;

import static java.util.Objects.requireNonNull;

import io.vertx.core.Vertx;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Demo mode's working day: moves the demo agents through log in, available, contacts, after-call work, breaks
 * and log out, one step of {@code src/main/resources/simulator/demo-day.yaml} at a time, looping forever.
 * Every step changes some agent's availability and an agent logs in or out at least every third step, so metrics move
 * at every poll; the file's header says which agent shows which supervisor alert. Only
 * {@link CxoneSimulator#setAgentState} is used; agents outside the script are never touched.
 * Thread-safe.
 */
public final class ScriptedDay implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ScriptedDay.class.getName());

    private final CxoneSimulator simulator;
    private final DayScript script;
    private final List<Long> agentIds;
    private final Object timerLock = new Object();

    private int stepsTaken; // guarded by this
    private int row; // guarded by this; the script row the agents are in now

    private Vertx vertx; // guarded by timerLock
    private Long timerId; // guarded by timerLock
    private boolean closed; // guarded by timerLock

    /** Scripts the demo agents of the simulator's tenant; scripted agents the tenant lacks are skipped. */
    public ScriptedDay(CxoneSimulator simulator) {
        this(simulator, DayScriptLoader.demoDay());
    }

    ScriptedDay(CxoneSimulator simulator, DayScript script) {
        this.simulator = requireNonNull(simulator, "simulator");
        this.script = requireNonNull(script, "script");
        SimulatorTenant tenant = simulator.tenant();
        List<Long> present = script.agentIds().stream().filter(id -> tenant.userByAgentId(id).isPresent()).toList();
        if (present.size() < script.agentIds().size()) {
            List<Long> missing = script.agentIds().stream().filter(id -> !present.contains(id)).toList();
            LOG.log(Level.WARNING, "Scripted day: the tenant has no agents {0}; they are left out", missing);
        }
        this.agentIds = present.stream().filter(id -> knowsEveryReason(tenant, id)).toList();
    }

    /** A tenant file with its own unavailable codes may lack a reason the script gives; that agent is left out. */
    private boolean knowsEveryReason(SimulatorTenant tenant, long agentId) {
        Set<String> unknown = new TreeSet<>();
        for (int row = 0; row < script.length(); row++) {
            String reason = script.row(row).get(agentId).outStateDescription();
            if (reason != null && tenant.codes().byName(reason).isEmpty()) {
                unknown.add(reason);
            }
        }
        if (!unknown.isEmpty()) {
            LOG.log(Level.WARNING, "Scripted day: the tenant has no unavailable codes {0} (it has {1}); agent {2} is left out",
                    unknown, tenant.codes().names(), String.valueOf(agentId));
        }
        return unknown.isEmpty();
    }

    /** Moves every scripted agent to the next row of the script (after the last row: the first). */
    public synchronized void step() {
        row = (row + 1) % script.length();
        Map<Long, ScriptedState> target = script.row(row);
        int changed = 0;
        for (long agentId : agentIds) {
            ScriptedState state = target.get(agentId);
            // Agents already in the scripted state are left alone, so their lastUpdateTime stays put and the
            // updatedSince delta carries only real changes, as in CXone.
            boolean unchanged = simulator.tenant().agentState(agentId).map(state::matches).orElse(false);
            if (!unchanged) {
                simulator.setAgentState(agentId, state.stateId().id(), state.outStateDescription());
                changed++;
            }
        }
        simulator.stepSkillQueues();
        stepsTaken++;
        LOG.log(Level.DEBUG, "Scripted day step {0} (row {1}): {2} agents changed", stepsTaken, row, changed);
    }

    public synchronized int stepsTaken() {
        return stepsTaken;
    }

    /**
     * Calls {@link #step()} every {@code every} on a Vert.x periodic timer, the first time one period from now.
     *
     * @throws IllegalArgumentException when {@code every} is shorter than a millisecond
     * @throws IllegalStateException    when already started or closed
     */
    public void start(Vertx vertx, Duration every) {
        requireNonNull(vertx, "vertx");
        requireNonNull(every, "every");
        if (every.toMillis() < 1) {
            throw new IllegalArgumentException("every must be at least 1 ms, was " + every);
        }
        synchronized (timerLock) {
            if (closed) {
                throw new IllegalStateException("scripted day is closed");
            }
            if (timerId != null) {
                throw new IllegalStateException("scripted day is already running");
            }
            this.vertx = vertx;
            this.timerId = vertx.setPeriodic(every.toMillis(), id -> timedStep());
        }
        LOG.log(Level.INFO, "Scripted day started: {0} agents, {1}-step loop, one step every {2} ms",
                agentIds.size(), script.length(), every.toMillis());
    }

    /** Cancels the timer; idempotent. A step already running finishes. */
    @Override
    public void close() {
        synchronized (timerLock) {
            if (closed) {
                return;
            }
            closed = true;
            if (timerId != null) {
                vertx.cancelTimer(timerId);
                timerId = null;
                LOG.log(Level.INFO, "Scripted day stopped after {0} steps", stepsTaken());
            }
        }
    }

    private void timedStep() {
        try {
            step();
        } catch (RuntimeException e) {
            // keep the timer: the next step may well succeed, and demo mode should not freeze silently
            LOG.log(Level.WARNING, "Scripted day step failed: " + e.getMessage(), e);
        }
    }
}
