package io.github.idfraud.simulator.scenario;

import io.github.idfraud.contract.Channel;
import io.github.idfraud.contract.Device;
import io.github.idfraud.contract.LabelSource;
import io.github.idfraud.contract.LabelValue;
import io.github.idfraud.contract.LoginMethod;
import io.github.idfraud.simulator.Scenario;
import io.github.idfraud.simulator.label.LabelPlan;
import io.github.idfraud.simulator.legit.CustomerState;
import io.github.idfraud.simulator.legit.LegitActor;
import io.github.idfraud.simulator.pipeline.Drafts;
import io.github.idfraud.simulator.world.Account;
import io.github.idfraud.simulator.world.City;
import io.github.idfraud.simulator.world.Devices;
import io.github.idfraud.simulator.world.MerchantCatalog;

/**
 * Scenario {@code money_mule}, rendered inside the timelines of the people {@link MuleNetwork} planned it for.
 * A payer, deceived by a scam, logs in as usual, adds the mule's account as a new payee and pays it; they report
 * the scam 1-10 days later. The mule (or the controller who was handed the login) moves each payment on within
 * hours; the bank's investigation labels the mule's side after the last cash-out.
 */
public final class MoneyMule {

    private MoneyMule() {
    }

    /** The payer's side: their own session (legitimate), then the new payee and the transfer (the scam). */
    public static void pay(LegitActor actor, MuleNetwork.Payment payment) {
        CustomerState state = actor.state;
        if (state.accounts.isEmpty()) {
            return; // planned only for established customers; a guard, not an expected case
        }
        var r = actor.r;
        Account account = state.accounts.get(0);
        Device device = state.deviceAt(r, payment.loginAt(), actor.world.config.legit().vpnShare());
        MuleNetwork.Incident incident = payment.incident();
        actor.sink.add(Drafts.login(payment.loginAt(), account, device, true, actor.habits().loginMethod(),
                Scenario.LEGIT));
        LabelPlan label = incident.reported
                ? actor.world.labels.fraud(r, LabelSource.CONSUMER, payment.paidAt()) : null;
        long payeeAt = payment.loginAt() + (payment.paidAt() - payment.loginAt()) / 3;
        actor.sink.add(Drafts.payeeAdded(payeeAt, account, device, incident.receiving, Scenario.MONEY_MULE).label(label));
        actor.sink.add(Drafts.payment(payment.paidAt(), account, device, payment.amount(), Channel.TRANSFER,
                incident.receiving.payeeId(), null, Scenario.MONEY_MULE).label(label));
    }

    /** The mule's side: a login (theirs or the controller's) and a transfer to the onward account, or cash. */
    public static void cashOut(LegitActor actor, MuleNetwork.Incident incident, MuleNetwork.CashOut out) {
        CustomerState state = actor.state;
        if (state.accounts.isEmpty()) {
            return;
        }
        var r = actor.r;
        Account account = state.accounts.get(0);
        LabelPlan label = incident.reported
                ? new LabelPlan(LabelValue.FRAUD, LabelSource.CASE, incident.caseReportedAt) : null;
        if (out.cash()) {
            City city = state.cityAt(out.at()) == null ? state.person.home() : state.cityAt(out.at());
            actor.sink.add(Drafts.payment(out.at(), account, null, out.amount(), Channel.ATM,
                    "atm-" + city.index() + "-" + r.nextInt(40), MerchantCatalog.ATM_CATEGORY, Scenario.MONEY_MULE)
                    .label(label));
            return;
        }
        Device device;
        LoginMethod method;
        if (incident.controller != null) {
            device = Devices.observed(r, incident.controllerDevice, incident.controller.ip(), incident.controller.city());
            method = LoginMethod.PASSWORD;
        } else {
            device = state.deviceAt(r, out.loginAt(), actor.world.config.legit().vpnShare());
            method = actor.habits().loginMethod();
        }
        actor.sink.add(Drafts.login(out.loginAt(), account, device, true, method, Scenario.MONEY_MULE).label(label));
        if (out.addsPayee()) {
            long payeeAt = out.loginAt() + (out.at() - out.loginAt()) / 2;
            actor.sink.add(Drafts.payeeAdded(payeeAt, account, device, incident.onward, Scenario.MONEY_MULE).label(label));
        }
        actor.sink.add(Drafts.payment(out.at(), account, device, out.amount(), Channel.TRANSFER,
                incident.onward.payeeId(), null, Scenario.MONEY_MULE).label(label));
    }
}
