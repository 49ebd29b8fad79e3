package dk.kernebot.actionplan;

import java.util.List;

import dk.kernebot.chat.ChatCommand;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import org.springframework.stereotype.Component;

/** The typed commands of the handleplan: show it, add a goal, add an action. */
final class PlanCommands {

    private PlanCommands() {
    }

    /** "handleplan" / "action plan" */
    @Component
    static class Show implements ChatCommand {
        private final Handleplans handleplans;

        Show(Handleplans handleplans) {
            this.handleplans = handleplans;
        }

        @Override
        public List<String> keywords() {
            return List.of("handleplan", "handleplanen", "action plan");
        }

        @Override
        public String helpKey() {
            return "command.handleplan";
        }

        @Override
        public int helpOrder() {
            return 40;
        }

        @Override
        public Reply handle(ChatContext context, String arguments) {
            return handleplans.show(context);
        }
    }

    /** "mål &lt;tekst&gt;" / "goal &lt;text&gt;" */
    @Component
    static class AddGoal implements ChatCommand {
        private final Handleplans handleplans;

        AddGoal(Handleplans handleplans) {
            this.handleplans = handleplans;
        }

        @Override
        public List<String> keywords() {
            return List.of("mål", "maal", "goal");
        }

        @Override
        public String helpKey() {
            return "command.maal";
        }

        @Override
        public int helpOrder() {
            return 41;
        }

        @Override
        public Reply handle(ChatContext context, String arguments) {
            return handleplans.addGoalTyped(context, arguments);
        }
    }

    /** "handling &lt;tekst&gt; ansvarlig @navn frist &lt;dato&gt;" / "action &lt;text&gt; owner @name due &lt;date&gt;" */
    @Component
    static class AddAction implements ChatCommand {
        private final Handleplans handleplans;

        AddAction(Handleplans handleplans) {
            this.handleplans = handleplans;
        }

        @Override
        public List<String> keywords() {
            return List.of("handling", "action");
        }

        @Override
        public String helpKey() {
            return "command.handling";
        }

        @Override
        public int helpOrder() {
            return 42;
        }

        @Override
        public Reply handle(ChatContext context, String arguments) {
            return handleplans.addActionTyped(context, arguments);
        }
    }
}
