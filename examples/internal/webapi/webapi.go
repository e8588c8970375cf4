// Package webapi serves the orders service over Connect for the web front end, beside the gRPC server.
package webapi

import (
	"context"
	"net/http"

	"connectrpc.com/connect"

	ordersv1 "github.com/acme/orders/api/orders/v1"
	"github.com/acme/orders/api/orders/v1/ordersv1connect"
	"github.com/acme/orders/internal/store"
)

type ordersAPI struct {
	store *store.Store
}

func (a *ordersAPI) GetOrder(ctx context.Context, req *connect.Request[ordersv1.GetOrderRequest]) (*connect.Response[ordersv1.Order], error) {
	order, err := a.store.Load(ctx, req.Msg.GetId())
	if err != nil {
		return nil, connect.NewError(connect.CodeNotFound, err)
	}
	return connect.NewResponse(order), nil
}

func (a *ordersAPI) WatchOrders(ctx context.Context, req *connect.Request[ordersv1.WatchOrdersRequest], stream *connect.ServerStream[ordersv1.Order]) error {
	<-ctx.Done()
	return nil
}

// tenantHeader insists on the X-Tenant header the web front end sends.
func tenantHeader() connect.UnaryInterceptorFunc {
	return func(next connect.UnaryFunc) connect.UnaryFunc {
		return func(ctx context.Context, req connect.AnyRequest) (connect.AnyResponse, error) {
			if req.Header().Get("X-Tenant") == "" {
				panic("webapi: request without tenant")
			}
			return next(ctx, req)
		}
	}
}

// Mount serves the orders service on mux.
func Mount(mux *http.ServeMux, s *store.Store) {
	mux.Handle(ordersv1connect.NewOrdersServiceHandler(&ordersAPI{store: s}, connect.WithInterceptors(tenantHeader())))
}
