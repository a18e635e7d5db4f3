using System.Text.Json.Serialization;
using PeaceModel.Serialization;

namespace PeaceModel;

/// <summary>The stance of a <see cref="Reaction"/> towards what it reacts to.</summary>
[JsonConverter(typeof(StrictEnumConverter<Stance>))]
public enum Stance
{
    /// <summary>Welcomes it without committing, such as Zelensky's "a positive sign" or Trump's "a potentially great day".</summary>
    Welcome,

    /// <summary>Accepts it as it stands.</summary>
    Accept,

    /// <summary>Accepts it on conditions, which are modeled as <see cref="Condition"/> records.</summary>
    ConditionalAcceptance,

    /// <summary>Declines it.</summary>
    Reject,

    /// <summary>Refuses to treat it as serious, such as Putin's dismissal of European "ultimatums".</summary>
    Dismiss,

    /// <summary>Neither accepts nor rejects; keeps it open, such as Putin not ruling out new truces.</summary>
    Noncommittal,

    /// <summary>Answers with a proposal of its own.</summary>
    Counter,

    /// <summary>
    /// Postpones an answer without rejecting ("took note of the request and would discuss it in the
    /// second round"): the proposal is deferred, still pending.
    /// </summary>
    Defer,

    /// <summary>Says the proposal is under consideration or review, with no decision yet.</summary>
    Consider,

    /// <summary>
    /// The proposer (or an actor acting for it) withdraws its own proposal ("the offer is off the
    /// table"). Only the proposer's side may withdraw; a withdrawal ends the proposal whatever the addressees said.
    /// </summary>
    Withdraw,

    /// <summary>The proposer's side says its proposal still stands (after a rejection, say). Only the proposer's side may maintain.</summary>
    Maintain,

    /// <summary>Confirms a <see cref="Claim"/>.</summary>
    Confirm,

    /// <summary>Denies a <see cref="Claim"/> ("there is not a single soldier in the pass"). A denial of a fact, not a rejection of a demand.</summary>
    Deny,

    /// <summary>A party suspends an agreement (stops applying it without leaving it). Only a party to the agreement may suspend it.</summary>
    Suspend,

    /// <summary>
    /// Wants it (or the points named) negotiated between the parties: takes it as a basis for talks
    /// without accepting its content ("the remaining points must be negotiated").
    /// </summary>
    Negotiate,

    /// <summary>Answered, but what the answer says is not disclosed ("delivered its written response; its content has not been made public"): neither acceptance nor rejection.</summary>
    Undisclosed,
}
