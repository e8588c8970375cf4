// Package gateway serves the orders API as HTTP/JSON by forwarding to the gRPC service.
package gateway

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	ordersv1 "github.com/acme/orders/api/orders/v1"
)

const backendTimeout = 3 * time.Second

type Gateway struct {
	backend string
	conn    *grpc.ClientConn
	orders  ordersv1.OrderServiceClient
}

// New connects once; every handler shares the connection.
func New(backend string) (*Gateway, error) {
	conn, err := grpc.NewClient(backend,
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithChainUnaryInterceptor(forwardRequestID),
	)
	if err != nil {
		return nil, err
	}
	return &Gateway{backend: backend, conn: conn, orders: ordersv1.NewOrderServiceClient(conn)}, nil
}

func (g *Gateway) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/orders/{id}", g.getOrder)
	mux.HandleFunc("POST /v1/orders/{id}/cancel", g.cancelOrder)
	return mux
}

// getOrder was written before the shared client existed.
func (g *Gateway) getOrder(w http.ResponseWriter, r *http.Request) {
	ctx, _ := context.WithTimeout(context.Background(), backendTimeout)
	conn, err := grpc.Dial(g.backend, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	order, err := ordersv1.NewOrderServiceClient(conn).GetOrder(ctx, &ordersv1.GetOrderRequest{Id: r.PathValue("id")})
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, order)
}

func (g *Gateway) cancelOrder(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), backendTimeout)
	defer cancel()
	ctx = context.WithValue(ctx, requestIDKey{}, r.Header.Get("X-Request-Id"))
	req := &ordersv1.CancelOrderRequest{Id: r.PathValue("id"), Reason: r.FormValue("reason")}
	order, err := g.orders.CancelOrder(ctx, req)
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, order)
}

// forwardRequestID copies the caller's request id into the outgoing metadata.
func forwardRequestID(ctx context.Context, method string, req, reply any, cc *grpc.ClientConn, invoker grpc.UnaryInvoker, opts ...grpc.CallOption) error {
	if id, ok := ctx.Value(requestIDKey{}).(string); ok {
		ctx = metadata.AppendToOutgoingContext(ctx, "x-request-id", id)
	}
	return invoker(ctx, method, req, reply, cc, opts...)
}

type requestIDKey struct{}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, err error) {
	http.Error(w, status.Convert(err).Message(), http.StatusBadGateway)
}
