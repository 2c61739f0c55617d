using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Okra.Domain.Integrations;

namespace Okra.Integrations;

/// <summary>Posts one webhook delivery; a generic webhook is signed at the moment of sending (<see cref="WebhookSignature"/>).</summary>
public sealed class WebhookSender(IHttpClientFactory clients, TimeProvider clock)
{
    public const string ClientName = "webhooks";

    /// <summary>Posts <paramref name="body"/>; answers the receiver's status code.</summary>
    public async Task<int> SendAsync(WebhookSubscription subscription, Guid deliveryId, string body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add("Okra-Delivery", deliveryId.ToString());
        if (subscription.Format == WebhookFormat.Generic)
        {
            var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
            request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(subscription.Secret, timestamp, body));
        }
        using var response = await clients.CreateClient(ClientName).SendAsync(request, ct);
        return (int)response.StatusCode;
    }
}
